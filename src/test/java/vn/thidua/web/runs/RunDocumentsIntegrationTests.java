package vn.thidua.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;


import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.PdfText;

/** The secretariat's files through the pages: template, the sample workbook uploaded and evaluated, results as Excel, the list as PDF. */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class RunDocumentsIntegrationTests {

    private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");

    @Autowired
    private MockMvc mvc;

    @Test
    void uploadsTheSampleWorkbookAndExportsItsResultsAndList() throws Exception {
        MvcResult template = mvc.perform(get("/runs/template.xlsx").with(ADMIN)).andReturn();
        assertThat(template.getResponse().getStatus()).isEqualTo(200);
        assertThat(template.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheet("Cá nhân")).isNotNull();
        }

        MockMultipartFile xlsx = new MockMultipartFile("file", "sample-commune.xlsx", RunDocumentsController.XLSX.toString(),
                Files.readAllBytes(Path.of("data/sample-commune.xlsx")));
        MvcResult upload = mvc.perform(multipart("/runs").file(xlsx).with(csrf()).with(ADMIN)).andReturn();
        assertThat(upload.getResponse().getRedirectedUrl()).as(upload.getResponse().getContentAsString()).startsWith("/runs/jobs/");
        long run = waitForRun(upload.getResponse().getRedirectedUrl());

        MvcResult results = mvc.perform(get("/runs/" + run + "/results.xlsx").with(ADMIN)).andReturn();
        assertThat(results.getResponse().getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(results.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheet("Kết quả").getLastRowNum()).isPositive();
        }
        MvcResult pdf = mvc.perform(get("/runs/" + run + "/list.pdf").with(ADMIN)).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String text = PdfText.squeezed(PdfText.page(pdf.getResponse().getContentAsByteArray(), 1));
        assertThat(text).contains("DANHSÁCHĐỀNGHỊKHENTHƯỞNG", "Laođộngtiêntiến", "NguyễnVănHùng");
        assertThat(text).as("headed by the request's top unit and its place").contains("TỈNHLÂMĐỒNG", "LâmĐồng,ngày");

        MvcResult commune = mvc.perform(get("/runs/" + run + "/list.pdf").param("unit", "XA-DARSAL").with(ADMIN)).andReturn();
        String communeText = PdfText.squeezed(PdfText.page(commune.getResponse().getContentAsByteArray(), 1));
        assertThat(communeText).as("the list of one commune names it and its place")
                .contains("ỦYBANNHÂNDÂNXÃĐẠR'SAL", "ĐạR'sal,ngày").doesNotContain("TỈNHLÂMĐỒNG");
        assertThat(mvc.perform(get("/runs/" + run + "/list.pdf").param("unit", "NO-SUCH-UNIT").with(ADMIN)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void showsEachWorkbookProblemBySheetRowAndColumnAndStoresNothing() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(Path.of("data/sample-commune.xlsx")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var people = workbook.getSheet("Cá nhân");
            int birthYear = 0;
            for (var cell : people.getRow(1)) {
                if (cell.getStringCellValue().equals("birthYear")) {
                    birthYear = cell.getColumnIndex();
                }
            }
            people.getRow(4).getCell(birthYear).setCellValue("năm tám tư");
            workbook.write(out);
            bytes = out.toByteArray();
        }
        MockMultipartFile xlsx = new MockMultipartFile("file", "broken.xlsx", RunDocumentsController.XLSX.toString(), bytes);

        MvcResult answer = mvc.perform(multipart("/runs").file(xlsx).with(csrf()).with(ADMIN)).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentAsString()).contains("Cá nhân, dòng 5, cột Năm sinh");
    }

    private long waitForRun(String jobUrl) throws Exception {
        for (int i = 0; i < 600; i++) {
            MvcResult job = mvc.perform(get(jobUrl).with(ADMIN)).andReturn();
            String target = job.getResponse().getRedirectedUrl();
            if (target != null && target.matches("/runs/\\d+")) {
                return Long.parseLong(target.substring("/runs/".length()));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the evaluation job did not finish: " + jobUrl);
    }
}
