package vn.thidua.dossier;

import java.util.List;

final class Lists {

    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
