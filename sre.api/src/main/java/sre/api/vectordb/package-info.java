/**
 * Vector database subsystem: per-candidate namespaces of vectors. Caller-facing {@link
 * sre.api.vectordb.VectorDb} and the {@link sre.api.vectordb.VectorDbConnector} SPI.
 */
@Export
@Version("1.0.0")
package sre.api.vectordb;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
