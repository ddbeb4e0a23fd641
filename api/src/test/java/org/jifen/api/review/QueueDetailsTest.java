package org.jifen.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Only absolute http(s) addresses with a host become photo links; everything else in the payload is text. */
class QueueDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onlyWebAddressesAreShownAsPhotos() throws Exception {
        var payload = JSON.readTree("""
                {"attrs": {"a": "https://example.org/p/1.jpg", "b": "javascript:alert(1)", "c": "data:image/png;base64,AA",
                 "d": "//example.org/x.jpg", "e": "http:///nohost", "f": "HTTP://EXAMPLE.ORG/2.JPG", "g": "<img src=x>",
                 "h": "ftp://example.org/3.jpg", "i": " https://example.org/4.jpg "}}""");
        assertThat(QueueDetails.photoUrls(payload)).containsExactly("https://example.org/p/1.jpg",
                "HTTP://EXAMPLE.ORG/2.JPG", "https://example.org/4.jpg");
        assertThat(QueueDetails.photoUrls(JSON.readTree("{\"attrs\": []}"))).isEmpty();
        assertThat(QueueDetails.photoUrls(null)).isEmpty();
        assertThat(QueueDetails.isWebAddress("https://example.org/" + "x".repeat(600))).isFalse();
    }
}
