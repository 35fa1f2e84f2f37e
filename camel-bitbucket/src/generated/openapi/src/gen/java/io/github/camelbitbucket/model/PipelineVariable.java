package io.github.camelbitbucket.model;

import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("PipelineVariable")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class PipelineVariable  implements Serializable {
  private String type;
  private String uuid;
  private String key;
  private String value;
  private Boolean secured;

  public PipelineVariable() {
  }

  /**
   **/
  public PipelineVariable withType(String type) {
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
  public PipelineVariable withUuid(String uuid) {
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
  public PipelineVariable withKey(String key) {
    this.key = key;
    return this;
  }

  
  @JsonProperty("key")
  public String getKey() {
    return key;
  }

  @JsonProperty("key")
  public void setKey(String key) {
    this.key = key;
  }

  /**
   * Empty in answers for a secured variable.
   **/
  public PipelineVariable withValue(String value) {
    this.value = value;
    return this;
  }

  
  @JsonProperty("value")
  public String getValue() {
    return value;
  }

  @JsonProperty("value")
  public void setValue(String value) {
    this.value = value;
  }

  /**
   **/
  public PipelineVariable withSecured(Boolean secured) {
    this.secured = secured;
    return this;
  }

  
  @JsonProperty("secured")
  public Boolean getSecured() {
    return secured;
  }

  @JsonProperty("secured")
  public void setSecured(Boolean secured) {
    this.secured = secured;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PipelineVariable pipelineVariable = (PipelineVariable) o;
    return Objects.equals(this.type, pipelineVariable.type) &&
        Objects.equals(this.uuid, pipelineVariable.uuid) &&
        Objects.equals(this.key, pipelineVariable.key) &&
        Objects.equals(this.value, pipelineVariable.value) &&
        Objects.equals(this.secured, pipelineVariable.secured);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, key, value, secured);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PipelineVariable {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    value: ").append(toIndentedString(value)).append("\n");
    sb.append("    secured: ").append(toIndentedString(secured)).append("\n");
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
