package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Well-formed UTF-8 passes unchanged; every ill-formed sequence is refused with its offset. */
class Utf8CheckingInputStreamTests {

    @Test
    void passesVietnameseTextAndCharactersBeyondTheBasicPlane() throws IOException {
        byte[] text = "Nguyễn Thị Hồng Nhung, Đạ R'sal 𝔸 ✓".getBytes(StandardCharsets.UTF_8);

        assertThat(read(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "F08080AF", "EDA080", "F4908080", "F5808080", "FF", "80", "C328", "E282"})
    void refusesOverlongSurrogateOutOfRangeStrayAndTruncatedSequences(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex("41" + hex);

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(Utf8CheckingInputStream.MalformedUtf8Exception.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void namesTheOffsetOfTheFirstBadByte() {
        byte[] bytes = {'{', '"', 'a', (byte) 0xC0, (byte) 0xAF};

        assertThatThrownBy(() -> read(bytes)).hasMessageContaining("byte 0xC0 at offset 3");
    }

    private static byte[] read(byte[] bytes) throws IOException {
        try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes))) {
            byte[] first = new byte[1];
            int n = in.read(first);
            byte[] rest = in.readAllBytes();
            byte[] all = new byte[n + rest.length];
            System.arraycopy(first, 0, all, 0, n);
            System.arraycopy(rest, 0, all, n, rest.length);
            return all;
        }
    }
}
