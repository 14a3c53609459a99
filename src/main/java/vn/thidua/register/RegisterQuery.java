package vn.thidua.register;

import vn.thidua.dossier.AwardCode;

/** Which register entries to list: each null filter matches everything; at most {@code limit}. */
public record RegisterQuery(String subjectId, String unitCode, Integer year, AwardCode award, int limit) {

    public RegisterQuery {
        subjectId = blankToNull(subjectId);
        unitCode = blankToNull(unitCode);
        limit = limit <= 0 ? 1000 : Math.min(limit, 5000);
    }

    public static RegisterQuery bySubject(String subjectId) {
        return new RegisterQuery(subjectId, null, null, null, 1000);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
