package vn.thidua.report;

import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.PriorityGroup;

/**
 * The groups the plan asks the yearly and term reviews to count, in the plan's order: "chú trọng khen
 * thưởng các tập thể, công nhân, nông dân, …, chức sắc tôn giáo, học sinh, sinh viên, người lao động trực
 * tiếp sản xuất, kinh doanh; quan tâm khen thưởng các tập thể, cá nhân ở cơ sở, các cá nhân là người dân
 * tộc thiểu số" (Kế hoạch thực hiện Chỉ thị 41-CT/TW, mục II.5). Four are an individual's occupation as the
 * request records it; the other five are the ranking's priority groups, read as ranking reads them
 * (docs/request-and-result.md §6.3.3), so that the report and the ranking never disagree on who is in a group.
 */
public enum FocusGroup {
    WORKER(Occupation.WORKER, null),
    FARMER(Occupation.FARMER, null),
    RELIGIOUS_DIGNITARY(Occupation.RELIGIOUS_DIGNITARY, null),
    STUDENT(Occupation.STUDENT, null),
    DIRECT_PRODUCER(null, PriorityGroup.DIRECT_PRODUCER),
    GRASSROOTS(null, PriorityGroup.GRASSROOTS),
    ETHNIC_MINORITY(null, PriorityGroup.ETHNIC_MINORITY),
    FEMALE(null, PriorityGroup.FEMALE),
    DIFFICULT_AREA(null, PriorityGroup.DIFFICULT_AREA);

    private final Occupation occupation;
    private final PriorityGroup priorityGroup;

    FocusGroup(Occupation occupation, PriorityGroup priorityGroup) {
        this.occupation = occupation;
        this.priorityGroup = priorityGroup;
    }

    /** The occupation that puts an individual in this group, or null when the group is a priority group. */
    public Occupation occupation() {
        return occupation;
    }

    /** The ranking's priority group this group is, or null when the group is read from the occupation. */
    public PriorityGroup priorityGroup() {
        return priorityGroup;
    }

    int bit() {
        return 1 << ordinal();
    }
}
