package vn.thidua.dataset;

import java.util.List;
import java.util.random.RandomGenerator;

/** Synthetic names by ethnic group, with their diacritics; no real person is meant. */
final class Names {

    record Group(String ethnicity, boolean minority, int weight, List<String> family, List<String> given) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("Kinh", false, 40, List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Phan"),
                    List.of("Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Quốc Hùng", "Thị Lan", "Đức Long", "Thị Mai",
                            "Văn Nam", "Thị Oanh", "Hữu Phúc", "Thị Quỳnh", "Văn Sơn", "Thị Thu", "Anh Tuấn", "Thị Yến")),
            new Group("K'Ho", true, 25, List.of("Ka", "K'", "Kơ Să", "Liêng Hót", "Cil", "Bon Đơng", "Rơ Ông"),
                    List.of("Hiền", "Brơi", "Sương", "Ha Jăk", "Điểu", "Tơ Nhi", "Ha Thuyên", "Bình", "Krăng", "Mai")),
            new Group("Mạ", true, 10, List.of("Điểu", "Ka", "K'"), List.of("Lành", "Bé", "Rơn", "Thị Nhung", "Dân", "Hương")),
            new Group("M'Nông", true, 10, List.of("Y", "H'", "Điểu", "Thị"), List.of("Ngơn", "Blông", "Rin", "Srai", "Bu", "Lếp")),
            new Group("Tày", true, 8, List.of("Hoàng", "Nông", "Lục", "Mã", "Lương"), List.of("Văn Thắng", "Thị Hoa", "Văn Pả", "Thị Nhàn")),
            new Group("Nùng", true, 7, List.of("Lăng", "Hứa", "Vi", "Nông"), List.of("Văn Sình", "Thị Mây", "Văn Páo", "Thị Slao")));

    private Names() {
    }

    static Group pickGroup(RandomGenerator random) {
        int total = GROUPS.stream().mapToInt(Group::weight).sum();
        int roll = random.nextInt(total);
        for (Group group : GROUPS) {
            roll -= group.weight();
            if (roll < 0) {
                return group;
            }
        }
        return GROUPS.get(0);
    }

    /** A family and a given name; "Thị" marks a woman's name and "Văn" a man's, so those follow the gender. */
    static String fullName(Group group, boolean female, RandomGenerator random) {
        List<String> given = group.given().stream()
                .filter(name -> female ? !name.startsWith("Văn ") : !name.startsWith("Thị ")).toList();
        String family = pick(group.family(), random);
        return (female || !family.equals("Thị") ? family : "Y") + " " + pick(given, random);
    }

    static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }
}
