/**
 * LLM subsystem: chat, streaming and embeddings. Caller-facing {@link sre.api.llm.Llm} and the
 * {@link sre.api.llm.LlmConnector} SPI.
 */
@Export
@Version("1.0.0")
package sre.api.llm;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
