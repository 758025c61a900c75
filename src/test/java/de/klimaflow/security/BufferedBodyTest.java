package de.klimaflow.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.HttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small body is read whole within its deadline, and its form fields come out as the container would give them. */
class BufferedBodyTest {

    private static final long LATER = Long.MAX_VALUE / 2;

    @Test
    void formFieldsComeFromTheQueryAndTheBodyInUtf8() throws Exception {
        MockHttpServletRequest post = form("name=J%C3%BCrgen+M%C3%BCller&tag=a&tag=b&broken=%ZZ&empty=&flag");
        post.setQueryString("lang=en");
        HttpServletRequest read = BufferedBody.read(post, System.nanoTime() + LATER);
        assertThat(read.getParameter("name")).isEqualTo("Jürgen Müller");
        assertThat(read.getParameterValues("tag")).containsExactly("a", "b");
        assertThat(read.getParameter("lang")).isEqualTo("en");
        assertThat(read.getParameter("empty")).isEmpty();
        assertThat(read.getParameter("flag")).isEmpty();
        assertThat(read.getParameterMap()).doesNotContainKey("broken");
        assertThat(new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("name=J%C3%BC");
    }

    @Test
    void jsonIsReadAgainFromMemory() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/v1/x");
        post.setContentType("application/json");
        post.setContent("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        HttpServletRequest read = BufferedBody.read(post, System.nanoTime() + LATER);
        assertThat(read).isNotSameAs(post);
        assertThat(read.getReader().readLine()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBodyStillComingAfterItsDeadlineIsRefusedWith408() {
        MockHttpServletRequest post = form("a=" + "x".repeat(20_000));
        assertThatThrownBy(() -> BufferedBody.read(post, System.nanoTime() - 1))
                .isInstanceOfSatisfying(
                        BufferedBody.Refused.class,
                        refused -> assertThat(refused.status()).isEqualTo(408));
    }

    @Test
    void aChunkedFormLargerThanTheLimitIsRefusedWith413() {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/beratung") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContentType("application/x-www-form-urlencoded");
        chunked.addHeader("Transfer-Encoding", "chunked");
        chunked.setContent(("a=" + "x".repeat(BufferedBody.FORM_LIMIT + 10)).getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> BufferedBody.read(chunked, System.nanoTime() + LATER))
                .isInstanceOfSatisfying(
                        BufferedBody.Refused.class,
                        refused -> assertThat(refused.status()).isEqualTo(413));
    }

    @Test
    void uploadsAndBodilessRequestsPassAsTheyAre() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/VAADIN/dynamic/upload");
        upload.setContentType("application/octet-stream");
        upload.setContent(new byte[100]);
        assertThat(BufferedBody.read(upload, System.nanoTime() - 1)).isSameAs(upload);
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/beratung");
        assertThat(BufferedBody.read(get, System.nanoTime() - 1)).isSameAs(get);
    }

    private static MockHttpServletRequest form(String body) {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/beratung");
        post.setContentType("application/x-www-form-urlencoded");
        post.setContent(body.getBytes(StandardCharsets.US_ASCII));
        return post;
    }
}
