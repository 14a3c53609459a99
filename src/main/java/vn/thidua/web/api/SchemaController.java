package vn.thidua.web.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The JSON Schemas of the evaluation and scheduling requests, public documentation open without
 * login. The files are docs/*.schema.json, copied into the jar's schemas/ folder by the build.
 */
@RestController
class SchemaController {

    static final String SCHEMA_JSON = "application/schema+json";

    @GetMapping(path = "/schemas/request.schema.json", produces = {SCHEMA_JSON, "application/json"})
    @Operation(summary = "JSON Schema (draft 2020-12) of an evaluation request")
    ResponseEntity<Resource> requestSchema() {
        return ResponseEntity.ok(new ClassPathResource("schemas/request.schema.json"));
    }

    @GetMapping(path = "/schemas/schedule-request.schema.json", produces = {SCHEMA_JSON, "application/json"})
    @Operation(summary = "JSON Schema (draft 2020-12) of a scheduling request")
    ResponseEntity<Resource> scheduleRequestSchema() {
        return ResponseEntity.ok(new ClassPathResource("schemas/schedule-request.schema.json"));
    }
}
