package sre.components.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code sre.components.JobSchedulerTrigger}. */
@ObjectClassDefinition(
    name = "SRE JobSchedulerTrigger component",
    description = "How deployed agents' scheduled triggers are found")
@interface JobSchedulerConfig {
  @AttributeDefinition(
      description =
          "Seconds between looks at the deployed agents (AgentData) for trigger jobs to start,"
              + " change or stop; 0: only triggers that have run are scheduled")
  int deployScanSeconds() default 30;
}
