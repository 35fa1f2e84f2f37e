package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.PipelineStateResult;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * PENDING, IN_PROGRESS or COMPLETED; a completed state has a result (SUCCESSFUL, FAILED, STOPPED, ERROR, EXPIRED).
 **/

@JsonTypeName("PipelineState")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class PipelineState  implements Serializable {
  private String type;
  private String name;
  private PipelineStateResult result;
  private Object stage;

  public PipelineState() {
  }

  /**
   **/
  public PipelineState withType(String type) {
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
  public PipelineState withName(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty("name")
  public String getName() {
    return name;
  }

  @JsonProperty("name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   **/
  public PipelineState withResult(PipelineStateResult result) {
    this.result = result;
    return this;
  }

  
  @JsonProperty("result")
  public PipelineStateResult getResult() {
    return result;
  }

  @JsonProperty("result")
  public void setResult(PipelineStateResult result) {
    this.result = result;
  }

  /**
   **/
  public PipelineState withStage(Object stage) {
    this.stage = stage;
    return this;
  }

  
  @JsonProperty("stage")
  public Object getStage() {
    return stage;
  }

  @JsonProperty("stage")
  public void setStage(Object stage) {
    this.stage = stage;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PipelineState pipelineState = (PipelineState) o;
    return Objects.equals(this.type, pipelineState.type) &&
        Objects.equals(this.name, pipelineState.name) &&
        Objects.equals(this.result, pipelineState.result) &&
        Objects.equals(this.stage, pipelineState.stage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, result, stage);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PipelineState {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    result: ").append(toIndentedString(result)).append("\n");
    sb.append("    stage: ").append(toIndentedString(stage)).append("\n");
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
