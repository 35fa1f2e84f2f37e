package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.CommitRef;
import io.github.camelbitbucket.model.Links;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Tag")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Tag  implements Serializable {
  private String type;
  private String name;
  private CommitRef target;
  private String message;
  private OffsetDateTime date;
  private Links links;

  public Tag() {
  }

  /**
   **/
  public Tag withType(String type) {
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
  public Tag withName(String name) {
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
  public Tag withTarget(CommitRef target) {
    this.target = target;
    return this;
  }

  
  @JsonProperty("target")
  public CommitRef getTarget() {
    return target;
  }

  @JsonProperty("target")
  public void setTarget(CommitRef target) {
    this.target = target;
  }

  /**
   **/
  public Tag withMessage(String message) {
    this.message = message;
    return this;
  }

  
  @JsonProperty("message")
  public String getMessage() {
    return message;
  }

  @JsonProperty("message")
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   **/
  public Tag withDate(OffsetDateTime date) {
    this.date = date;
    return this;
  }

  
  @JsonProperty("date")
  public OffsetDateTime getDate() {
    return date;
  }

  @JsonProperty("date")
  public void setDate(OffsetDateTime date) {
    this.date = date;
  }

  /**
   **/
  public Tag withLinks(Links links) {
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
    Tag tag = (Tag) o;
    return Objects.equals(this.type, tag.type) &&
        Objects.equals(this.name, tag.name) &&
        Objects.equals(this.target, tag.target) &&
        Objects.equals(this.message, tag.message) &&
        Objects.equals(this.date, tag.date) &&
        Objects.equals(this.links, tag.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, target, message, date, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Tag {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    target: ").append(toIndentedString(target)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    date: ").append(toIndentedString(date)).append("\n");
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
