package vn.thidua.web.runs;

import java.io.IOException;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.accounts.Account;
import vn.thidua.documents.WorkbookException;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;
import vn.thidua.evaluation.EvaluationJobs;
import vn.thidua.evaluation.RunAccess;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.system.NotFoundException;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.web.site.CurrentUser;

/** The secretariat's runs: the list, uploading a request (errors by JSON path), and following its evaluation. */
@Controller
class RunListController {

    /** A run as the list shows it. */
    record Item(long id, String created, int periodYear, int decisions, String ruleSetVersion, String submittedBy) {

        static Item of(RunAccess.RunSummary run) {
            return new Item(run.id(), Times.format(run.createdAt()), run.periodYear(), run.decisions(), run.ruleSetVersion(),
                    run.submittedBy());
        }
    }

    private final RunAccess access;
    private final RunSubmissions submissions;
    private final EvaluationJobs jobs;
    private final CurrentUser currentUser;
    private final long maxBytes;

    RunListController(RunAccess access, RunSubmissions submissions, EvaluationJobs jobs, CurrentUser currentUser,
            ThiduaProperties properties) {
        this.access = access;
        this.submissions = submissions;
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.maxBytes = properties.imports().maxBytes();
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", visible(currentUser.get()));
        return "runs/list";
    }

    @PostMapping("/runs")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        Account user = currentUser.get();
        List<FieldError> errors;
        if (file.isEmpty()) {
            errors = List.of(new FieldError("file", "chọn một tệp JSON / choose a JSON file"));
        } else if (file.getSize() > maxBytes) {
            errors = List.of(new FieldError("file", "tệp lớn hơn " + maxBytes + " byte / file larger than " + maxBytes + " bytes"));
        } else {
            try {
                // A workbook is read into the request it holds; the run stores that request as JSON.
                byte[] body = isWorkbook(file) ? submissions.fromWorkbook(file.getInputStream()) : file.getBytes();
                EvaluationRequest request = submissions.validate(body, user);
                return "redirect:/runs/jobs/" + jobs.start(body, request.subjectCount(), user).id();
            } catch (WorkbookException e) {
                errors = e.problems().stream().map(p -> new FieldError(p.sheet() == null ? "" : p.sheet() + (p.row() > 0 ? ", dòng " + p.row() : "")
                        + (p.column() == null ? "" : ", cột " + p.column()), p.messageVi() + " / " + p.messageEn())).toList();
            } catch (ValidationException e) {
                errors = e.errors();
            } catch (AccessDeniedException e) {
                errors = List.of(new FieldError("units", "yêu cầu không có đơn vị nào của bạn " + user.units()
                        + " / the request names none of your units"));
            }
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("errors", errors);
        model.addAttribute("runs", visible(user));
        return "runs/list";
    }

    private List<Item> visible(Account user) {
        return access.visibleTo(user, 200).stream().map(Item::of).toList();
    }

    private static boolean isWorkbook(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    @GetMapping("/runs/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        EvaluationJobs.Job job = jobs.find(id, currentUser.get().username())
                .orElseThrow(() -> new NotFoundException("no evaluation job " + id));
        if (job.state() == EvaluationJobs.State.DONE) {
            return "redirect:/runs/" + job.runId();
        }
        model.addAttribute("job", job);
        model.addAttribute("seconds", job.seconds(jobs.now()));
        return "runs/job";
    }
}
