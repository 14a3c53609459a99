package vn.thidua.dossier;

/** A criterion attested by a meeting's minutes; it counts for its own year only. */
public record Attestation(@Required @Range(min = 1945, max = 2200) Integer year, @Required AttestationKind kind,
        String minutesRef) {
}
