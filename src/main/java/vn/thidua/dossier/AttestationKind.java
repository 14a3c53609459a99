package vn.thidua.dossier;

import java.util.Arrays;
import java.util.List;

/** Criteria only a meeting can judge, attested by its minutes; each kind belongs to one kind of subject. */
public enum AttestationKind {
    SOLIDARITY_AND_EMULATION(SubjectKind.INDIVIDUAL),
    EXEMPLARY_LAW_ABIDING(SubjectKind.INDIVIDUAL),
    PRODUCTIVE_LABOUR(SubjectKind.INDIVIDUAL),
    EMULATION_MOVEMENT(SubjectKind.COLLECTIVE),
    INTERNAL_UNITY(SubjectKind.COLLECTIVE),
    EXCEEDED_TARGETS(SubjectKind.COLLECTIVE),
    NEW_MODEL(SubjectKind.COLLECTIVE),
    LAW_ABIDING_CIVILISED(SubjectKind.HOUSEHOLD),
    ACTIVE_IN_EMULATION(SubjectKind.HOUSEHOLD),
    PROSPEROUS_PROGRESSIVE(SubjectKind.HOUSEHOLD);

    private final SubjectKind subject;

    AttestationKind(SubjectKind subject) {
        this.subject = subject;
    }

    public boolean appliesTo(SubjectKind kind) {
        return subject == kind;
    }

    /** The kinds a subject kind's attestations may have, in declaration order. */
    public static List<AttestationKind> of(SubjectKind kind) {
        return Arrays.stream(values()).filter(k -> k.appliesTo(kind)).toList();
    }
}
