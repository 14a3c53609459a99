package vn.thidua.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Proceeding;
import vn.thidua.eligibility.facts.Facts;
import vn.thidua.eligibility.facts.OpenProceeding;
import vn.thidua.eligibility.facts.Proceedings;

/**
 * X-1 of {@code rules/common/suspension.drl}, which every award carries: an open proceeding defers
 * the award instead of refusing it.
 */
final class SuspensionCriterion {

    static final String ID = "X-1";

    private final LocalDate decisionDate;

    SuspensionCriterion(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    // NĐ 98/2023, Điều 4: chưa khen thưởng "trong thời gian cơ quan có thẩm quyền đang xem xét thi hành kỷ
    // luật hoặc điều tra, thanh tra, kiểm tra ... hoặc có đơn thư khiếu nại, tố cáo" đang được xác minh.
    ReferenceCriterion criterion(Individual individual) {
        List<OpenProceeding> open = new ArrayList<>();
        for (Proceeding proceeding : individual.pendingProceedings()) {
            if (proceeding.isOpenOn(decisionDate)) {
                open.add(new OpenProceeding(individual.id(), proceeding.kind().name(), proceeding.since()));
            }
        }
        return open.isEmpty() ? ReferenceCriterion.met(ID, Facts.of("decisionDate", decisionDate))
                : ReferenceCriterion.notMet(ID, Facts.of("decisionDate", decisionDate, "proceedings", Proceedings.kinds(open),
                        "since", Proceedings.earliestSince(open)));
    }
}
