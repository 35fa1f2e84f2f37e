package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.CommitRef;
import io.github.camelbitbucket.model.Links;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A commit_file or commit_directory of a directory listing.
 **/

@JsonTypeName("TreeEntry")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class TreeEntry  implements Serializable {
  private String type;
  private String path;
  private Long size;
  private String mimetype;
  private String escapedPath;
  private List<String> attributes = new ArrayList<>();
  private CommitRef commit;
  private Links links;

  public TreeEntry() {
  }

  /**
   **/
  public TreeEntry withType(String type) {
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
  public TreeEntry withPath(String path) {
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
  public TreeEntry withSize(Long size) {
    this.size = size;
    return this;
  }

  
  @JsonProperty("size")
  public Long getSize() {
    return size;
  }

  @JsonProperty("size")
  public void setSize(Long size) {
    this.size = size;
  }

  /**
   **/
  public TreeEntry withMimetype(String mimetype) {
    this.mimetype = mimetype;
    return this;
  }

  
  @JsonProperty("mimetype")
  public String getMimetype() {
    return mimetype;
  }

  @JsonProperty("mimetype")
  public void setMimetype(String mimetype) {
    this.mimetype = mimetype;
  }

  /**
   **/
  public TreeEntry withEscapedPath(String escapedPath) {
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
  public TreeEntry withAttributes(List<String> attributes) {
    this.attributes = attributes;
    return this;
  }

  
  @JsonProperty("attributes")
  public List<String> getAttributes() {
    return attributes;
  }

  @JsonProperty("attributes")
  public void setAttributes(List<String> attributes) {
    this.attributes = attributes;
  }

  public TreeEntry addAttributesItem(String attributesItem) {
    if (this.attributes == null) {
      this.attributes = new ArrayList<>();
    }

    this.attributes.add(attributesItem);
    return this;
  }

  public TreeEntry removeAttributesItem(String attributesItem) {
    if (attributesItem != null && this.attributes != null) {
      this.attributes.remove(attributesItem);
    }

    return this;
  }
  /**
   **/
  public TreeEntry withCommit(CommitRef commit) {
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
  public TreeEntry withLinks(Links links) {
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
    TreeEntry treeEntry = (TreeEntry) o;
    return Objects.equals(this.type, treeEntry.type) &&
        Objects.equals(this.path, treeEntry.path) &&
        Objects.equals(this.size, treeEntry.size) &&
        Objects.equals(this.mimetype, treeEntry.mimetype) &&
        Objects.equals(this.escapedPath, treeEntry.escapedPath) &&
        Objects.equals(this.attributes, treeEntry.attributes) &&
        Objects.equals(this.commit, treeEntry.commit) &&
        Objects.equals(this.links, treeEntry.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, path, size, mimetype, escapedPath, attributes, commit, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TreeEntry {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    path: ").append(toIndentedString(path)).append("\n");
    sb.append("    size: ").append(toIndentedString(size)).append("\n");
    sb.append("    mimetype: ").append(toIndentedString(mimetype)).append("\n");
    sb.append("    escapedPath: ").append(toIndentedString(escapedPath)).append("\n");
    sb.append("    attributes: ").append(toIndentedString(attributes)).append("\n");
    sb.append("    commit: ").append(toIndentedString(commit)).append("\n");
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
