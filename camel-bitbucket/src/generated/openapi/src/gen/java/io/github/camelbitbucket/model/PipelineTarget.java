package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.CommitRef;
import io.github.camelbitbucket.model.PipelineSelector;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * pipeline_ref_target (ref_type, ref_name) or pipeline_commit_target (commit), with a selector.
 **/

@JsonTypeName("PipelineTarget")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class PipelineTarget  implements Serializable {
  private String type;
  private String refType;
  private String refName;
  private CommitRef commit;
  private PipelineSelector selector;

  public PipelineTarget() {
  }

  /**
   **/
  public PipelineTarget withType(String type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty("type")
  public String getType() {
    return type;
  }

  @JsonProperty("type")
  public void setType(String type) {
    this.type = type;
  }

  /**
   **/
  public PipelineTarget withRefType(String refType) {
    this.refType = refType;
    return this;
  }

  
  @JsonProperty("ref_type")
  public String getRefType() {
    return refType;
  }

  @JsonProperty("ref_type")
  public void setRefType(String refType) {
    this.refType = refType;
  }

  /**
   **/
  public PipelineTarget withRefName(String refName) {
    this.refName = refName;
    return this;
  }

  
  @JsonProperty("ref_name")
  public String getRefName() {
    return refName;
  }

  @JsonProperty("ref_name")
  public void setRefName(String refName) {
    this.refName = refName;
  }

  /**
   **/
  public PipelineTarget withCommit(CommitRef commit) {
    this.commit = commit;
    return this;
  }

  
  @JsonProperty("commit")
  public CommitRef getCommit() {
    return commit;
  }

  @JsonProperty("commit")
  public void setCommit(CommitRef commit) {
    this.commit = commit;
  }

  /**
   **/
  public PipelineTarget withSelector(PipelineSelector selector) {
    this.selector = selector;
    return this;
  }

  
  @JsonProperty("selector")
  public PipelineSelector getSelector() {
    return selector;
  }

  @JsonProperty("selector")
  public void setSelector(PipelineSelector selector) {
    this.selector = selector;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PipelineTarget pipelineTarget = (PipelineTarget) o;
    return Objects.equals(this.type, pipelineTarget.type) &&
        Objects.equals(this.refType, pipelineTarget.refType) &&
        Objects.equals(this.refName, pipelineTarget.refName) &&
        Objects.equals(this.commit, pipelineTarget.commit) &&
        Objects.equals(this.selector, pipelineTarget.selector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, refType, refName, commit, selector);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PipelineTarget {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    refType: ").append(toIndentedString(refType)).append("\n");
    sb.append("    refName: ").append(toIndentedString(refName)).append("\n");
    sb.append("    commit: ").append(toIndentedString(commit)).append("\n");
    sb.append("    selector: ").append(toIndentedString(selector)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
