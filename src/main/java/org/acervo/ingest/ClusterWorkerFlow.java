package org.acervo.ingest;

import jakarta.jms.ConnectionFactory;
import org.acervo.cluster.ClusterFile;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * A worker's side of remote partitioning ({@code acervo worker --cluster}): each partition request from the
 * broker runs the ingest's own worker step ({@code ingestFilesStep}: extraction in worker JVMs, recognition,
 * indexing) on the step execution the shared job repository holds, {@code acervo.threads} at a time.
 *
 * <p>The JMS session is transacted: a request is taken off the queue only when its partition has finished.
 * A worker killed in the middle of one leaves the request to the broker, which gives it to another worker
 * (or to this one restarted); the partition then goes on after its last committed chunk, and what the dead
 * worker wrote after that chunk is written again under the same ids, so nothing is lost or doubled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "acervo.cluster.role", havingValue = ClusterFile.WORKER)
class ClusterWorkerFlow {

    @Bean
    StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
        BeanFactoryStepLocator locator = new BeanFactoryStepLocator();
        locator.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(locator);
        return handler;
    }

    @Bean
    IntegrationFlow partitionsFromBroker(
            ConnectionFactory connectionFactory,
            StepExecutionRequestHandler stepExecutionRequestHandler,
            @Value("${acervo.threads:2}") int threads) {
        return IntegrationFlow.from(
                        Jms.messageDrivenChannelAdapter(Jms.container(connectionFactory, ClusterMessaging.QUEUE)
                                .sessionTransacted(true)
                                .concurrentConsumers(threads)
                                .maxConcurrentConsumers(threads)))
                .handle(stepExecutionRequestHandler, "handle")
                .nullChannel();
    }
}
