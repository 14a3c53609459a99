package vn.thidua.dossier;

/**
 * One problem in a request: the JSON path of the field ({@code individuals[3].ratings[0].level}) and
 * what is wrong with it. The path is empty when the document as a whole cannot be read.
 */
public record FieldError(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
