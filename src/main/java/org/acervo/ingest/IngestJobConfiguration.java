package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acervo.document.FileStamp;
import org.acervo.extraction.DocumentExtractor;
import org.acervo.extraction.ForkedExtractor;
import org.acervo.extraction.OcrMode;
import org.acervo.extraction.TextExtractor;
import org.acervo.index.DocumentIndex;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.index.SolrDocumentIndex;
import org.acervo.language.Texts;
import org.acervo.recognition.DocumentRecognizer;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: a partitioned step whose workers read files, extract and recognize them, and upsert
 * them into the index. Partitions run on local threads today; the same worker step can run on remote
 * workers (Spring Batch remote partitioning) because a partition is only its number.
 */
@Configuration
class IngestJobConfiguration {

    static final String JOB_NAME = "ingestJob";
    static final String PARAM_INPUTS = "inputs";
    static final String PARAM_INCLUDE = "include";
    static final String PARAM_EXCLUDE = "exclude";
    /** Non-identifying: how many files the run covers, for progress shown by {@code status}. */
    static final String PARAM_FILES = "files";

    static final String PARAM_PRUNE = "prune";
    /** The run's number, {@code RunIdIncrementer}'s key: each run a new job instance (see IngestRunner). */
    static final String RUN_ID = "run.id";
    /** Read again every failed file, not only those a limit or an accident failed ({@code ingest --retry-failed}). */
    static final String PARAM_RETRY_FAILED = "retryFailed";
    /** Hash every file, whatever its stamp says ({@code ingest --verify}). */
    static final String PARAM_VERIFY = "verify";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step ingestStep, Step pruneStep, LaunchedExecution launchedExecution) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(launchedExecution)
                .start(ingestStep)
                .next(pruneStep)
                .build();
    }

    @Bean
    LaunchedExecution launchedExecution() {
        return new LaunchedExecution();
    }

    @Bean
    Step pruneStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet pruneTasklet) {
        return new StepBuilder("pruneStep", jobRepository)
                .tasklet(pruneTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    Tasklet pruneTasklet(
            DocumentIndex documentIndex,
            @Value("#{jobParameters['" + PARAM_INPUTS + "']}") String inputs,
            @Value("#{jobParameters['" + PARAM_PRUNE + "'] ?: 'false'}") String prune) {
        return new PruneTasklet(
                documentIndex, lines(inputs).stream().map(Path::of).toList(), Boolean.parseBoolean(prune));
    }

    /**
     * More partitions than threads: a partition is a hash bucket of paths, and with several buckets per
     * thread one heavy bucket (all the scans) no longer leaves the other threads idle.
     */
    static final int PARTITIONS_PER_THREAD = 4;

    /** The step on this machine's threads; a cluster's manager has its own ({@link ClusterManagerStep}). */
    @Bean
    @ConditionalOnExpression("'${acervo.cluster.role:local}' != 'manager'")
    Step ingestStep(JobRepository jobRepository, Step ingestFilesStep, @Value("${acervo.threads:2}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder("ingestStep", jobRepository)
                .partitioner("ingestFilesStep", new FilePartitioner())
                .step(ingestFilesStep)
                .gridSize(threads * PARTITIONS_PER_THREAD)
                .taskExecutor(executor)
                .build();
    }

    @Bean
    Step ingestFilesStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ItemStreamReader<Path> sourceFileReader,
            ItemProcessor<Path, FileOutcome> ingestProcessor,
            IndexItemWriter indexItemWriter,
            @Value("${acervo.chunk-size:10}") int chunkSize) {
        return new StepBuilder("ingestFilesStep", jobRepository)
                        .<Path, FileOutcome>chunk(chunkSize)
                        .transactionManager(transactionManager)
                        .reader(sourceFileReader)
                        .processor(ingestProcessor)
                        .writer(indexItemWriter)
                        .stream(indexItemWriter)
                        .faultTolerant()
                        // Bad documents are outcomes, not exceptions (see TextExtractor); what is left is a file
                        // that cannot be read at all, which is recorded as failed by the writer's skip listener.
                        // A full disk is not skipped: it stops the job (IngestSkipPolicy).
                        .skipPolicy(new IngestSkipPolicy())
                        .skipListener(indexItemWriter)
                        .build();
    }

    @Bean
    @StepScope
    ItemStreamReader<Path> sourceFileReader(
            @Value("#{jobParameters['" + PARAM_INPUTS + "']}") String inputs,
            @Value("#{jobParameters['" + PARAM_INCLUDE + "']}") String include,
            @Value("#{jobParameters['" + PARAM_EXCLUDE + "']}") String exclude,
            @Value("#{stepExecutionContext['" + FilePartitioner.PARTITION + "']}") int partition,
            @Value("#{stepExecutionContext['" + FilePartitioner.PARTITIONS + "']}") int partitions) {
        return new SourceFileReader(sourceFiles(inputs, include, exclude), partition, partitions);
    }

    static SourceFiles sourceFiles(String inputs, String include, String exclude) {
        return new SourceFiles(lines(inputs).stream().map(Path::of).toList(), lines(include), lines(exclude));
    }

    static List<String> lines(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : joined.lines().filter(l -> !l.isBlank()).toList();
    }

    /**
     * Step-scoped so the index and Tika start only when a step runs, not when {@code status} starts the context.
     * {@code acervo.stamp-settle-ms}: {@link FileStamp#SETTLE}; tests that stamp files they just wrote set it to 0.
     */
    @Bean
    @StepScope
    ItemProcessor<Path, FileOutcome> ingestProcessor(
            DocumentIndex documentIndex,
            ObjectProvider<DocumentExtractor> documentExtractor,
            DocumentRecognizer documentRecognizer,
            @Value("#{jobParameters['" + PARAM_RETRY_FAILED + "'] ?: 'false'}") String retryFailed,
            @Value("#{jobParameters['" + PARAM_VERIFY + "'] ?: 'false'}") String verify,
            @Value("${acervo.stamp-settle-ms:" + FileStamp.SETTLE_MILLIS + "}") long settleMillis) {
        return new IngestProcessor(
                documentIndex,
                documentExtractor::getObject,
                documentRecognizer,
                Boolean.parseBoolean(retryFailed),
                IngestProcessor.UNPACK_MEGABYTES * 1024L * 1024L,
                Boolean.parseBoolean(verify),
                Duration.ofMillis(settleMillis));
    }

    /** {@code acervo.failures-listed}: failures each partition keeps by path and reason in its context (the rest are counted). */
    @Bean
    @StepScope
    IndexItemWriter indexItemWriter(
            DocumentIndex documentIndex,
            ProgressLine progressLine,
            @Value("${acervo.failures-listed:" + PartitionTally.DEFAULT_LISTED + "}") int failuresListed) {
        return new IndexItemWriter(documentIndex, progressLine, failuresListed);
    }

    /** Lazy: {@code status} starts this context too and must not take the index's write lock or start Tika. */
    @Bean(destroyMethod = "close")
    @Lazy
    DocumentIndex documentIndex(
            @Value("${acervo.data}") Path dataDir,
            @Value("${acervo.cluster.solr-urls:}") String solrUrls,
            @Value("${acervo.cluster.solr-collection:}") String solrCollection)
            throws IOException {
        if (!solrUrls.isBlank()) {
            // A cluster: every worker and the manager write one Solr collection, by content hash.
            return SolrDocumentIndex.open(List.of(solrUrls.split(",")), solrCollection);
        }
        return LuceneDocumentIndex.open(dataDir);
    }

    /**
     * Worker processes by default ({@code acervo.isolation=process}): a document that hangs or exhausts
     * memory then costs a worker, not the job. {@code none} parses in this JVM, for tools and tests.
     */
    @Bean(destroyMethod = "close")
    @Lazy
    DocumentExtractor documentExtractor(
            @Value("${acervo.ocr:auto}") String ocr,
            @Value("${acervo.timeout-seconds:" + IngestRequest.DEFAULT_TIMEOUT_SECONDS + "}") long timeoutSeconds,
            @Value("${acervo.isolation:process}") String isolation,
            @Value("${acervo.worker-memory:512m}") String workerMemory) {
        OcrMode mode = OcrMode.parse(ocr);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        return switch (isolation) {
            case "process" -> new ForkedExtractor(mode, timeout, workerMemory);
            case "none" -> new TextExtractor(mode, timeout);
            default ->
                throw new IllegalArgumentException("acervo.isolation must be process or none, not '" + isolation + "'");
        };
    }

    @Bean
    DocumentRecognizer documentRecognizer() {
        return new DocumentRecognizer();
    }

    @Bean
    ProgressLine progressLine(@Value("${acervo.data}") Path dataDir, @Value("${acervo.lang:es}") String lang) {
        return new ProgressLine(System.out, dataDir, Texts.parse(lang));
    }
}
