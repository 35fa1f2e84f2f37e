package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.PipelineState;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("PipelineStep")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class PipelineStep  implements Serializable {
  private String type;
  private String uuid;
  private String name;
  private OffsetDateTime startedOn;
  private OffsetDateTime completedOn;
  private PipelineState state;

  public PipelineStep() {
  }

  /**
   **/
  public PipelineStep withType(String type) {
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
  public PipelineStep withUuid(String uuid) {
    this.uuid = uuid;
    return this;
  }

  
  @JsonProperty("uuid")
  public String getUuid() {
    return uuid;
  }

  @JsonProperty("uuid")
  public void setUuid(String uuid) {
    this.uuid = uuid;
  }

  /**
   **/
  public PipelineStep withName(String name) {
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
  public PipelineStep withStartedOn(OffsetDateTime startedOn) {
    this.startedOn = startedOn;
    return this;
  }

  
  @JsonProperty("started_on")
  public OffsetDateTime getStartedOn() {
    return startedOn;
  }

  @JsonProperty("started_on")
  public void setStartedOn(OffsetDateTime startedOn) {
    this.startedOn = startedOn;
  }

  /**
   **/
  public PipelineStep withCompletedOn(OffsetDateTime completedOn) {
    this.completedOn = completedOn;
    return this;
  }

  
  @JsonProperty("completed_on")
  public OffsetDateTime getCompletedOn() {
    return completedOn;
  }

  @JsonProperty("completed_on")
  public void setCompletedOn(OffsetDateTime completedOn) {
    this.completedOn = completedOn;
  }

  /**
   **/
  public PipelineStep withState(PipelineState state) {
    this.state = state;
    return this;
  }

  
  @JsonProperty("state")
  public PipelineState getState() {
    return state;
  }

  @JsonProperty("state")
  public void setState(PipelineState state) {
    this.state = state;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PipelineStep pipelineStep = (PipelineStep) o;
    return Objects.equals(this.type, pipelineStep.type) &&
        Objects.equals(this.uuid, pipelineStep.uuid) &&
        Objects.equals(this.name, pipelineStep.name) &&
        Objects.equals(this.startedOn, pipelineStep.startedOn) &&
        Objects.equals(this.completedOn, pipelineStep.completedOn) &&
        Objects.equals(this.state, pipelineStep.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, name, startedOn, completedOn, state);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PipelineStep {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    startedOn: ").append(toIndentedString(startedOn)).append("\n");
    sb.append("    completedOn: ").append(toIndentedString(completedOn)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
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
