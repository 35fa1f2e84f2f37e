package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Links;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("CommitFile")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class CommitFile  implements Serializable {
  private String type;
  private String path;
  private String escapedPath;
  private Links links;

  public CommitFile() {
  }

  /**
   **/
  public CommitFile withType(String type) {
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
  public CommitFile withPath(String path) {
    this.path = path;
    return this;
  }

  
  @JsonProperty("path")
  public String getPath() {
    return path;
  }

  @JsonProperty("path")
  public void setPath(String path) {
    this.path = path;
  }

  /**
   **/
  public CommitFile withEscapedPath(String escapedPath) {
    this.escapedPath = escapedPath;
    return this;
  }

  
  @JsonProperty("escaped_path")
  public String getEscapedPath() {
    return escapedPath;
  }

  @JsonProperty("escaped_path")
  public void setEscapedPath(String escapedPath) {
    this.escapedPath = escapedPath;
  }

  /**
   **/
  public CommitFile withLinks(Links links) {
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
    CommitFile commitFile = (CommitFile) o;
    return Objects.equals(this.type, commitFile.type) &&
        Objects.equals(this.path, commitFile.path) &&
        Objects.equals(this.escapedPath, commitFile.escapedPath) &&
        Objects.equals(this.links, commitFile.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, path, escapedPath, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CommitFile {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    path: ").append(toIndentedString(path)).append("\n");
    sb.append("    escapedPath: ").append(toIndentedString(escapedPath)).append("\n");
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
