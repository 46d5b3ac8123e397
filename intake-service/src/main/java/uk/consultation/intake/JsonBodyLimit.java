package uk.consultation.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body over the configured size before anything parses it, whether or not the client declared its
 * length: an oversized or endless body must neither tie up memory nor come back as a confusing "unreadable JSON".
 * Emails, mailboxes and scans are not JSON and have limits of their own where they are read.
 */
@ControllerAdvice
class JsonBodyLimit extends RequestBodyAdviceAdapter {

    private final int maxBytes;

    JsonBodyLimit(@Value("${intake.limits.max-json-body}") DataSize maxJsonBody) {
        this.maxBytes = Math.toIntExact(maxJsonBody.toBytes());
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (message.getHeaders().getContentLength() > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        byte[] body = message.getBody().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(int maxBytes) {
            super("The request body is larger than the " + maxBytes + " bytes intake accepts; nothing was received.");
        }
    }
}
