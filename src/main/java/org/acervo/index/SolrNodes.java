package org.acervo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The nodes of a SolrCloud collection as {@link SolrDocumentIndex} talks to them: one {@link HttpJdkSolrClient}
 * per node base URL, asked one at a time, the next when a node cannot be reached. Any node will do: SolrCloud
 * nodes route updates to the shard leaders and fan searches and real-time gets out to the shards themselves.
 *
 * <p>HttpJdkSolrClient (the JDK's HTTP client) because SolrJ's Jetty client breaks under Spring Boot 4's
 * Jetty 12, and SolrJ 9 has no cloud-aware client without Jetty or the old Apache client.
 */
final class SolrNodes implements AutoCloseable {

    /**
     * The name of the configset's schema ({@code cluster/minisolr/.../schema.xml}), which changes with the
     * records Acervo writes: 2 routes a document's pages to its shard ({@code sha256!page}) and keeps the
     * identifiers' doc values for facets.
     */
    static final String SCHEMA = "acervo-2";

    /** Ids per real-time get: the ids of a long document's pages would not fit one request's parameters. */
    private static final int IDS_PER_GET = 500;

    @FunctionalInterface
    private interface Call<T> {
        T on(SolrClient node) throws SolrServerException, IOException;
    }

    private final List<SolrClient> nodes;
    private final List<String> urls;
    private final String collection;
    private volatile int preferred;
    private volatile boolean schemaChecked;

    private SolrNodes(List<SolrClient> nodes, List<String> urls, String collection) {
        this.nodes = nodes;
        this.urls = urls;
        this.collection = collection;
    }

    static SolrNodes open(List<String> baseUrls, String collection) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("no Solr node URL");
        }
        List<SolrClient> nodes = new ArrayList<>();
        for (String url : baseUrls) {
            nodes.add(new HttpJdkSolrClient.Builder(url)
                    .withDefaultCollection(collection)
                    .withConnectionTimeout(10, TimeUnit.SECONDS)
                    .withRequestTimeout(5, TimeUnit.MINUTES)
                    .build());
        }
        return new SolrNodes(List.copyOf(nodes), List.copyOf(baseUrls), collection);
    }

    /** A search, sent as a POST: path parameters may be long. */
    QueryResponse search(SolrQuery query) throws IOException {
        QueryRequest request = new QueryRequest(query, SolrRequest.METHOD.POST);
        return call(node -> request.process(node, collection));
    }

    void update(UpdateRequest update) throws IOException {
        call(node -> update.process(node, collection));
    }

    /** A hard commit (durable and searchable) or a soft one (searchable only), once every replica has it. */
    void commit(boolean soft) throws IOException {
        call(node -> node.commit(collection, true, true, soft));
    }

    Optional<SolrDocument> get(String id, String fields) throws IOException {
        List<SolrDocument> found = get(List.of(id), fields);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Solr's real-time get: the latest version of each record, committed or not. */
    List<SolrDocument> get(List<String> ids, String fields) throws IOException {
        List<SolrDocument> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_GET) {
            ModifiableSolrParams params = new ModifiableSolrParams();
            // separate id parameters: an "ids" list would be split at the commas a path may hold
            ids.subList(from, Math.min(ids.size(), from + IDS_PER_GET)).forEach(id -> params.add("id", id));
            if (fields != null) {
                params.set("fl", fields);
            }
            QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
            request.setPath("/get");
            NamedList<Object> response = call(node -> node.request(request, collection));
            Object docs = response.get("response");
            if (docs instanceof SolrDocumentList list) {
                found.addAll(list);
            } else if (response.get("doc") instanceof SolrDocument doc) {
                found.add(doc);
            }
        }
        return found;
    }

    /**
     * A request to the preferred node, or to the next ones when it cannot be reached. A node that answers
     * with an error is not asked again.
     */
    private <T> T call(Call<T> call) throws IOException {
        if (!schemaChecked) {
            checkSchema();
        }
        return send(call);
    }

    /**
     * Whether the collection was made with this version's configset: its schema's name says which version of
     * Acervo's records it holds ({@link #SCHEMA}). Asked once, before the first request.
     *
     * @throws OutdatedSolrException when it holds another version's
     */
    private void checkSchema() throws IOException {
        String name = send(node -> new SchemaRequest.SchemaName().process(node, collection))
                .getSchemaName();
        if (!SCHEMA.equals(name)) {
            throw new OutdatedSolrException(collection, name, SCHEMA);
        }
        schemaChecked = true;
    }

    private <T> T send(Call<T> call) throws IOException {
        Exception last = null;
        int first = preferred;
        for (int i = 0; i < nodes.size(); i++) {
            int node = (first + i) % nodes.size();
            try {
                T result = call.on(nodes.get(node));
                preferred = node;
                return result;
            } catch (SolrServerException | IOException e) {
                last = e;
            } catch (SolrException e) {
                if (e.code() == SolrException.ErrorCode.CONFLICT.code) {
                    throw e; // a version race, for the caller to retry
                }
                if (e.code() != SolrException.ErrorCode.SERVICE_UNAVAILABLE.code) {
                    throw new IOException(
                            "Solr refused a request on collection " + collection + ": " + e.getMessage(), e);
                }
                last = e;
            }
        }
        throw new SolrUnreachableException(collection, String.join(", ", urls), last);
    }

    @Override
    public void close() throws IOException {
        for (SolrClient node : nodes) {
            node.close();
        }
    }
}
