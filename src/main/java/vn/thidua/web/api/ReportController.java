package vn.thidua.web.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.thidua.report.FocusReport;
import vn.thidua.report.FocusReports;
import vn.thidua.report.ReportQuery;
import vn.thidua.web.site.CurrentUser;

/** The yearly and term report by the plan's focus groups (docs/operations.md, "The year and the term reported"). */
@RestController
@Tag(name = "Reports", description = "Awards by the plan's focus groups over one or several years")
class ReportController {

    private final FocusReports reports;
    private final CurrentUser currentUser;

    ReportController(FocusReports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/reports/focus-groups")
    @Operation(summary = "Awards by focus group over a range of years",
            description = "Per year and over the range: awards (from the register, or from the eligible candidates the year's runs "
                    + "proposed when the register holds none of that year), eligible decisions, each focus group's count and share "
                    + "of each, its change from the year before and the province's target; by unit and by award; and each year's "
                    + "Biểu 0603. A secretariat user sees their own units. 400 with the field named for a bad year, a range longer "
                    + "than 10 years, a last year before the first, an unknown unit or a range without data.")
    FocusReport focusGroups(@Parameter(description = "first year, e.g. 2023") @RequestParam(required = false) String from,
            @Parameter(description = "last year (default: the first)") @RequestParam(required = false) String to,
            @Parameter(description = "unit code: that unit and every unit below it (default: every unit the user may see)")
            @RequestParam(required = false) String unit) {
        return reports.report(ReportQuery.parse(from, to, unit), currentUser.get());
    }
}
