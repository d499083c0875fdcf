/**
 * Cache subsystem: caller-facing {@link sre.api.cache.Cache} and the {@link
 * sre.api.cache.CacheConnector} SPI.
 */
@Export
@Version("1.1.0")
package sre.api.cache;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
