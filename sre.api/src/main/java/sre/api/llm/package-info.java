/**
 * LLM subsystem: chat (with tools, JSON mode and image inputs), streaming, embeddings and image
 * generation.
 *
 * <ul>
 *   <li>Callers: {@link sre.api.llm.Llm} (requests bound to a candidate), {@link
 *       sre.api.llm.ModelsProvider} (the model registry) and {@link sre.api.llm.LlmUsage} (the
 *       usage ledger).
 *   <li>Connectors: the {@link sre.api.llm.LlmConnector} SPI, which receives the provider's model
 *       id and the {@link sre.api.llm.LlmCredentials} the kernel resolved from the vault, and
 *       reports provider failures as {@link sre.api.llm.LlmProviderException}.
 * </ul>
 */
@Export
@Version("1.2.0")
package sre.api.llm;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
