package sre.api.agent;

import java.util.Map;

/**
 * One event of a run, as streamed to listeners: {@code type} ({@code run.started}, {@code
 * component.started}, {@code component.finished}, {@code component.error}, {@code llm.token},
 * {@code run.finished}), run id, component id (or null), epoch millis and event data.
 */
public record RunEvent(
    String type, String runId, String componentId, long timeMillis, Map<String, Object> data) {}
