package vn.thidua.conferral;

import vn.thidua.dossier.SubjectKind;

/** The groups of a decision's list, in print order: I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH. */
final class Groups {

    static final SubjectKind[] ORDER = {SubjectKind.COLLECTIVE, SubjectKind.INDIVIDUAL, SubjectKind.HOUSEHOLD};

    private Groups() {
    }

    static int order(SubjectKind kind) {
        return switch (kind) {
            case COLLECTIVE -> 0;
            case INDIVIDUAL -> 1;
            case HOUSEHOLD -> 2;
        };
    }

    static String heading(SubjectKind kind) {
        return switch (kind) {
            case COLLECTIVE -> "I. TẬP THỂ";
            case INDIVIDUAL -> "II. CÁ NHÂN";
            case HOUSEHOLD -> "III. HỘ GIA ĐÌNH";
        };
    }

    static String nameColumn(SubjectKind kind) {
        return switch (kind) {
            case COLLECTIVE -> "Tên tập thể";
            case INDIVIDUAL -> "Họ và tên";
            case HOUSEHOLD -> "Tên hộ";
        };
    }
}
