package org.acervo.ingest;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;

/**
 * The broker between the manager and its workers, present only on a cluster ({@code acervo.cluster.role}):
 * partition requests are JMS messages on one queue, each the number of a step execution the worker reads
 * from the shared job repository. On one machine none of this exists and no connection is made.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "acervo.cluster.role")
@EnableIntegration
class ClusterMessaging {

    /** The queue partition requests travel on. */
    static final String QUEUE = "acervo.partitions";

    /**
     * Artemis' connection factory. The URL from the cluster file ({@code consumerWindowSize=0}: a worker
     * takes a partition only when it has a free thread, so partitions spread evenly); the request is a
     * serialized Java object, so only Spring Batch's request class and what it holds may be read from one.
     */
    @Bean(destroyMethod = "close")
    ActiveMQConnectionFactory connectionFactory(
            @Value("${acervo.cluster.broker-url}") String url,
            @Value("${acervo.cluster.broker-user:}") String user,
            @Value("${acervo.cluster.broker-password:}") String password) {
        ActiveMQConnectionFactory factory =
                new ActiveMQConnectionFactory(url, emptyToNull(user), emptyToNull(password));
        factory.setDeserializationAllowList("org.springframework.batch.integration.partition,java.lang");
        return factory;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
