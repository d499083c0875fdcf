/**
 * What every langchain4j-based LLM connector shares: the HTTP client langchain4j runs on
 * (cancellable exchanges, {@code Retry-After}, cut-stream detection), the bounded call pool, the
 * mapping of SRE's requests and answers to langchain4j's provider-neutral types, and of failures to
 * {@link sre.api.llm.LlmProviderException}. Compiled into each connector bundle as a private
 * package, next to that bundle's private copy of langchain4j (which is not an OSGi bundle), so no
 * langchain4j type crosses a bundle boundary.
 */
package sre.connector.lc4j;
