package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Account;
import io.github.camelbitbucket.model.Links;
import io.github.camelbitbucket.model.PipelineState;
import io.github.camelbitbucket.model.PipelineTarget;
import io.github.camelbitbucket.model.PipelineVariable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Pipeline")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Pipeline  implements Serializable {
  private String type;
  private String uuid;
  private Integer buildNumber;
  private Account creator;
  private PipelineTarget target;
  private Object trigger;
  private PipelineState state;
  private List<PipelineVariable> variables = new ArrayList<>();
  private OffsetDateTime createdOn;
  private OffsetDateTime completedOn;
  private Integer buildSecondsUsed;
  private Links links;

  public Pipeline() {
  }

  /**
   **/
  public Pipeline withType(String type) {
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
  public Pipeline withUuid(String uuid) {
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
  public Pipeline withBuildNumber(Integer buildNumber) {
    this.buildNumber = buildNumber;
    return this;
  }

  
  @JsonProperty("build_number")
  public Integer getBuildNumber() {
    return buildNumber;
  }

  @JsonProperty("build_number")
  public void setBuildNumber(Integer buildNumber) {
    this.buildNumber = buildNumber;
  }

  /**
   **/
  public Pipeline withCreator(Account creator) {
    this.creator = creator;
    return this;
  }

  
  @JsonProperty("creator")
  public Account getCreator() {
    return creator;
  }

  @JsonProperty("creator")
  public void setCreator(Account creator) {
    this.creator = creator;
  }

  /**
   **/
  public Pipeline withTarget(PipelineTarget target) {
    this.target = target;
    return this;
  }

  
  @JsonProperty("target")
  public PipelineTarget getTarget() {
    return target;
  }

  @JsonProperty("target")
  public void setTarget(PipelineTarget target) {
    this.target = target;
  }

  /**
   **/
  public Pipeline withTrigger(Object trigger) {
    this.trigger = trigger;
    return this;
  }

  
  @JsonProperty("trigger")
  public Object getTrigger() {
    return trigger;
  }

  @JsonProperty("trigger")
  public void setTrigger(Object trigger) {
    this.trigger = trigger;
  }

  /**
   **/
  public Pipeline withState(PipelineState state) {
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

  /**
   **/
  public Pipeline withVariables(List<PipelineVariable> variables) {
    this.variables = variables;
    return this;
  }

  
  @JsonProperty("variables")
  public List<PipelineVariable> getVariables() {
    return variables;
  }

  @JsonProperty("variables")
  public void setVariables(List<PipelineVariable> variables) {
    this.variables = variables;
  }

  public Pipeline addVariablesItem(PipelineVariable variablesItem) {
    if (this.variables == null) {
      this.variables = new ArrayList<>();
    }

    this.variables.add(variablesItem);
    return this;
  }

  public Pipeline removeVariablesItem(PipelineVariable variablesItem) {
    if (variablesItem != null && this.variables != null) {
      this.variables.remove(variablesItem);
    }

    return this;
  }
  /**
   **/
  public Pipeline withCreatedOn(OffsetDateTime createdOn) {
    this.createdOn = createdOn;
    return this;
  }

  
  @JsonProperty("created_on")
  public OffsetDateTime getCreatedOn() {
    return createdOn;
  }

  @JsonProperty("created_on")
  public void setCreatedOn(OffsetDateTime createdOn) {
    this.createdOn = createdOn;
  }

  /**
   **/
  public Pipeline withCompletedOn(OffsetDateTime completedOn) {
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
  public Pipeline withBuildSecondsUsed(Integer buildSecondsUsed) {
    this.buildSecondsUsed = buildSecondsUsed;
    return this;
  }

  
  @JsonProperty("build_seconds_used")
  public Integer getBuildSecondsUsed() {
    return buildSecondsUsed;
  }

  @JsonProperty("build_seconds_used")
  public void setBuildSecondsUsed(Integer buildSecondsUsed) {
    this.buildSecondsUsed = buildSecondsUsed;
  }

  /**
   **/
  public Pipeline withLinks(Links links) {
    this.links = links;
    return this;
  }

  
  @JsonProperty("links")
  public Links getLinks() {
    return links;
  }

  @JsonProperty("links")
  public void setLinks(Links links) {
    this.links = links;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Pipeline pipeline = (Pipeline) o;
    return Objects.equals(this.type, pipeline.type) &&
        Objects.equals(this.uuid, pipeline.uuid) &&
        Objects.equals(this.buildNumber, pipeline.buildNumber) &&
        Objects.equals(this.creator, pipeline.creator) &&
        Objects.equals(this.target, pipeline.target) &&
        Objects.equals(this.trigger, pipeline.trigger) &&
        Objects.equals(this.state, pipeline.state) &&
        Objects.equals(this.variables, pipeline.variables) &&
        Objects.equals(this.createdOn, pipeline.createdOn) &&
        Objects.equals(this.completedOn, pipeline.completedOn) &&
        Objects.equals(this.buildSecondsUsed, pipeline.buildSecondsUsed) &&
        Objects.equals(this.links, pipeline.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, buildNumber, creator, target, trigger, state, variables, createdOn, completedOn, buildSecondsUsed, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Pipeline {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    buildNumber: ").append(toIndentedString(buildNumber)).append("\n");
    sb.append("    creator: ").append(toIndentedString(creator)).append("\n");
    sb.append("    target: ").append(toIndentedString(target)).append("\n");
    sb.append("    trigger: ").append(toIndentedString(trigger)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
    sb.append("    variables: ").append(toIndentedString(variables)).append("\n");
    sb.append("    createdOn: ").append(toIndentedString(createdOn)).append("\n");
    sb.append("    completedOn: ").append(toIndentedString(completedOn)).append("\n");
    sb.append("    buildSecondsUsed: ").append(toIndentedString(buildSecondsUsed)).append("\n");
    sb.append("    links: ").append(toIndentedString(links)).append("\n");
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
