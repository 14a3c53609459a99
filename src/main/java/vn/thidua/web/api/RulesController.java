package vn.thidua.web.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.eligibility.engine.RuleValidation;

/** Rule management over REST: validate a rules folder on the server, or rule files uploaded. */
@RestController
@RequestMapping("/api/rules")
class RulesController {

    private final RuleValidation validation;

    RulesController(RuleValidation validation) {
        this.validation = validation;
    }

    @Operation(summary = "Validate rules: compile, check metadata and met / not-met pairs, run the scenario tests",
            description = "Either dir names a folder on the server, or files are uploaded (multipart), each named by its "
                    + "path in the rules folder, e.g. awards/lao-dong-tien-tien.drl. valid is false with every problem, "
                    + "file and line, when anything fails.")
    @PostMapping(path = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleValidation.Report validate(
            @Parameter(description = "a rules folder on the server") @RequestParam(required = false) String dir,
            @Parameter(description = "rule files, named by their path in the rules folder")
            @RequestParam(required = false) List<MultipartFile> files) throws IOException {
        if (files != null && !files.isEmpty()) {
            Path temp = Files.createTempDirectory("thidua-validate-");
            try {
                for (MultipartFile file : files) {
                    Path path = temp.resolve(String.valueOf(file.getOriginalFilename())).normalize();
                    if (!path.startsWith(temp) || path.equals(temp)) {
                        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "file name outside the rules folder: "
                                + file.getOriginalFilename());
                    }
                    Files.createDirectories(path.getParent());
                    file.transferTo(path);
                }
                return validation.validate(temp);
            } finally {
                delete(temp);
            }
        }
        return validation.validate(Path.of(dir == null || dir.isBlank() ? "rules" : dir));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
