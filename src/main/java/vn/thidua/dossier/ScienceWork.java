package vn.thidua.dossier;

/** A science or technology work (đề tài, đề án, công trình khoa học và công nghệ). */
public record ScienceWork(@Required String id, String title, @Required @Range(min = 1945, max = 2200) Integer year,
        @Required Scope scope, Boolean accepted, Boolean applied) {

    public boolean isAccepted() {
        return Boolean.TRUE.equals(accepted);
    }

    public boolean isApplied() {
        return Boolean.TRUE.equals(applied);
    }
}
