package org.acervo.ingest;

import jakarta.jms.ConnectionFactory;
import org.acervo.cluster.ClusterFile;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * The manager's side of remote partitioning ({@code acervo ingest --cluster}): the ingest step splits the
 * inputs as on one machine and sends each partition to the broker instead of a local thread; it learns that
 * they finished by reading the shared job repository every {@value #POLL_MILLIS} ms (workers send no replies,
 * so a worker that dies costs no lost reply: its partition is delivered again to another).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "acervo.cluster.role", havingValue = ClusterFile.MANAGER)
class ClusterManagerStep {

    static final long POLL_MILLIS = 1000;

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionsToBroker(DirectChannel partitionRequests, ConnectionFactory connectionFactory) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Jms.outboundAdapter(connectionFactory).destination(ClusterMessaging.QUEUE))
                .get();
    }

    /**
     * The step every run starts with, in place of {@link IngestJobConfiguration}'s local one: the same
     * partitioner and worker step name, {@code acervo.cluster.partitions} partitions (default 16, so that
     * workers of several threads each, on several machines, all find work and a heavy one ends the run late
     * by one partition at most).
     */
    @Bean
    Step ingestStep(
            JobRepository jobRepository,
            BeanFactory beanFactory,
            DirectChannel partitionRequests,
            @Value("${acervo.cluster.partitions:16}") int partitions) {
        RemotePartitioningManagerStepBuilderFactory factory =
                new RemotePartitioningManagerStepBuilderFactory(jobRepository);
        factory.setBeanFactory(beanFactory);
        return factory.get("ingestStep")
                .partitioner("ingestFilesStep", new FilePartitioner())
                .gridSize(partitions)
                .outputChannel(partitionRequests)
                .pollInterval(POLL_MILLIS)
                .build();
    }
}
