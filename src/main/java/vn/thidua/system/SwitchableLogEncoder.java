package vn.thidua.system;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.logging.logback.StructuredLogEncoder;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * The encoder of the application's one console appender (logback-spring.xml): the text {@code pattern},
 * or Spring Boot's structured JSON when {@code format} names one of its formats (ecs, logstash, gelf).
 * One appender whose encoder is chosen, rather than an appender per layout, so that logback has no
 * unused appender to report at every start.
 */
public class SwitchableLogEncoder extends EncoderBase<ILoggingEvent> {

    private String format = "";
    private String pattern;
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format == null ? "" : format.strip();
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if (format.isEmpty() || format.equalsIgnoreCase("text")) {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern);
            text.setCharset(charset);
            delegate = text;
        } else {
            StructuredLogEncoder structured = new StructuredLogEncoder();
            structured.setFormat(format);
            structured.setCharset(charset);
            delegate = structured;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
