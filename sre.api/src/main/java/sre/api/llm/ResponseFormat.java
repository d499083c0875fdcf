package sre.api.llm;

/** What the answer's text must be: free text, or a JSON object (the providers' JSON mode). */
public enum ResponseFormat {
  TEXT,
  JSON
}
