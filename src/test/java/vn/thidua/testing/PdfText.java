package vn.thidua.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The text of a PDF as poppler's {@code pdftotext} reads it: a reader independent of the library
 * that wrote the file (OpenPDF), so a test passes only when another program finds the text there.
 * {@code .ci/run} installs it (Debian's poppler-utils); a missing reader fails the test.
 */
public final class PdfText {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

    private PdfText() {
    }

    /** Every page's text, in the order the pages' content is drawn ({@code -raw}), pages separated by a form feed. */
    public static String of(byte[] pdf) {
        return read(pdf, List.of());
    }

    /** One page's text (the first is 1). */
    public static String page(byte[] pdf, int page) {
        return read(pdf, List.of("-f", Integer.toString(page), "-l", Integer.toString(page)));
    }

    /** The text with all white space removed: what a test compares when line breaks depend on the layout. */
    public static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String read(byte[] pdf, List<String> pages) {
        if (!Files.isExecutable(PDFTOTEXT)) {
            fail("The document tests read PDFs with poppler's pdftotext at " + PDFTOTEXT
                    + ": install it with `apt-get install -y poppler-utils` (.ci/run does this)");
        }
        try {
            Path file = Files.createTempFile("thidua-", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new java.util.ArrayList<>(List.of(PDFTOTEXT.toString(), "-raw", "-enc", "UTF-8"));
                command.addAll(pages);
                command.addAll(List.of(file.toString(), "-"));
                Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
                byte[] out = process.getInputStream().readAllBytes();
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    fail("pdftotext could not read the PDF: " + err);
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
