package vn.thidua.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a paged, filtered table: every link keeps the filters and the page size and changes
 * one thing (the page, or one filter, which starts again at page 1). Parameters without a value are
 * left out, so a link reads as short as the filter it keeps.
 */
public record PageLinks(String path, Map<String, String> params, int page, int pages) {

    /** A numbered page link in the bar, or a gap ({@code number} 0) between numbers. */
    public record Step(int number, String href, boolean current) {

        public boolean gap() {
            return number == 0;
        }
    }

    public static PageLinks of(String path, Map<String, ?> filters, int size, int page, int pages) {
        Map<String, String> params = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                params.put(name, value.toString());
            }
        });
        params.put("size", Integer.toString(size));
        return new PageLinks(path, params, page, pages);
    }

    /** The link to a page of the same filtered table. */
    public String page(int number) {
        return with("page", Integer.toString(number));
    }

    /** The link to page 1 with one filter set to a value (or removed when the value is null or blank). */
    public String filter(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (value == null || value.toString().isBlank()) {
            changed.remove(name);
        } else {
            changed.put(name, value.toString());
        }
        return build(changed);
    }

    /** The page bar: the first and last page, and two pages either side of the current one, with gaps between. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                if (previous != 0 && n > previous + 1) {
                    steps.add(new Step(0, null, false));
                }
                steps.add(new Step(n, page(n), n == page));
                previous = n;
            } else if (n < page - 2) {
                n = page - 3;
            } else if (n > page + 2) {
                n = pages - 1;
            }
        }
        return steps;
    }

    private String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return build(changed);
    }

    private String build(Map<String, String> values) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        values.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
