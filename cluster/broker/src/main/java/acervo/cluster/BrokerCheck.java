package acervo.cluster;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Proves the local broker works from another JVM: sends one message to a queue and receives it with the credentials
 * from {@code ACERVO_BROKER_USER} / {@code ACERVO_BROKER_PASSWORD}, then checks a wrong password is refused.
 * Usage: {@code BrokerCheck BROKER_URL}. Exit code 0 when both hold.
 */
public final class BrokerCheck {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = System.getenv("ACERVO_BROKER_USER");
        String password = System.getenv("ACERVO_BROKER_PASSWORD");
        String body = "acervo-check-" + System.nanoTime();
        long t0 = System.nanoTime();
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
             Connection c = cf.createConnection(user, password)) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue q = s.createQueue("acervo.check");
            s.createProducer(q).send(s.createTextMessage(body));
            MessageConsumer consumer = s.createConsumer(q);
            TextMessage m = (TextMessage) consumer.receive(10_000);
            if (m == null || !body.equals(m.getText())) {
                System.out.println("BROKER CHECK FAILED: sent " + body + ", received " + (m == null ? null : m.getText()));
                System.exit(1);
            }
            System.out.printf("BROKER CHECK send/receive OK in %dms as %s%n", (System.nanoTime() - t0) / 1_000_000, user);
        }
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
             Connection c = cf.createConnection(user, password + "-wrong")) {
            c.start();
            System.out.println("BROKER CHECK FAILED: a wrong password was accepted");
            System.exit(1);
        } catch (JMSException e) {
            System.out.println("BROKER CHECK wrong password refused: " + e.getMessage());
        }
    }
}
