package vn.thidua.dossier;

import java.util.List;

/** A member of a household, with the facts that can disqualify the household. */
public record HouseholdMember(@Required String name, Boolean criminalProsecution, Boolean militaryServiceFulfilled,
        Boolean taxFulfilled, Boolean schoolAgeNotInSchool, List<AdminSanction> adminSanctions) {

    public HouseholdMember {
        adminSanctions = Lists.of(adminSanctions);
    }
}
