/**
 * Value semantics of SmythOS SRE shared by the engine and the components: JavaScript-compatible
 * conversions ({@link sre.api.component.support.JsValues}), lenient JSON ({@link
 * sre.api.component.support.Json}), template strings ({@link
 * sre.api.component.support.TemplateString}), strong data typing ({@link
 * sre.api.component.support.TypeCoercion}) and date parsing ({@link
 * sre.api.component.support.JsDates}). Values are plain Java JSON values: {@code Map} (insertion
 * ordered), {@code List}, {@code String}, {@code Number}, {@code Boolean} and {@code null}; an
 * absent map key is JavaScript's {@code undefined}.
 */
@Export
@Version("1.0.0")
package sre.api.component.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
