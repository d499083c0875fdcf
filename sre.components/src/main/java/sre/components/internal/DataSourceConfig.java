package sre.components.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings shared by the DataSource components (PIDs {@code sre.components.DataSourceIndexer},
 * {@code sre.components.DataSourceLookup}).
 */
@ObjectClassDefinition(
    name = "SRE DataSource components",
    description = "Embedding model of DataSourceIndexer and DataSourceLookup")
@interface DataSourceConfig {
  @AttributeDefinition(description = "Model the LLM service embeds chunks and queries with")
  String embeddingModel() default "text-embedding-3-large";
}
