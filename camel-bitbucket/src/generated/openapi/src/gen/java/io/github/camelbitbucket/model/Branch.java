package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.CommitRef;
import io.github.camelbitbucket.model.Links;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Branch")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Branch  implements Serializable {
  private String type;
  private String name;
  private CommitRef target;
  private Links links;

  public Branch() {
  }

  /**
   **/
  public Branch withType(String type) {
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
  public Branch withName(String name) {
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
  public Branch withTarget(CommitRef target) {
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
  public Branch withLinks(Links links) {
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
    Branch branch = (Branch) o;
    return Objects.equals(this.type, branch.type) &&
        Objects.equals(this.name, branch.name) &&
        Objects.equals(this.target, branch.target) &&
        Objects.equals(this.links, branch.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, target, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Branch {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    target: ").append(toIndentedString(target)).append("\n");
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
