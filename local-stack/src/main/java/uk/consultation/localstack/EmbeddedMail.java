package uk.consultation.localstack;

import java.io.IOException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The consultation's mailbox: a GreenMail server on the loopback interface, taking mail over SMTP (responses sent to
 * the consultation, and the acknowledgements intake sends back) and serving it over IMAP. It keeps mail in memory
 * only: a message not yet taken in when the stack stops is gone. Every address that receives mail gets an account
 * whose login and password are that address, so an acknowledgement can be read over IMAP too.
 */
public final class EmbeddedMail implements AutoCloseable {

    private final GreenMail server;
    private final String address;
    private final String password;

    private EmbeddedMail(GreenMail server, String address, String password) {
        this.server = server;
        this.address = address;
        this.password = password;
    }

    /** @param address the consultation's mailbox, which is also its IMAP login */
    public static EmbeddedMail start(int smtpPort, int imapPort, String address, String password) throws IOException {
        FreePorts.requireFree(smtpPort, "SMTP");
        FreePorts.requireFree(imapPort, "IMAP");
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.setUser(address, address, password);
        server.start();
        return new EmbeddedMail(server, address, password);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    public int imapPort() {
        return server.getImap().getPort();
    }

    public String address() {
        return address;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        server.stop();
    }
}
