package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.CommitAuthor;
import io.github.camelbitbucket.model.CommitRef;
import io.github.camelbitbucket.model.Links;
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



@JsonTypeName("Commit")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Commit  implements Serializable {
  private String type;
  private String hash;
  private OffsetDateTime date;
  private String message;
  private CommitAuthor author;
  private List<CommitRef> parents = new ArrayList<>();
  private Links links;

  public Commit() {
  }

  /**
   **/
  public Commit withType(String type) {
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
  public Commit withHash(String hash) {
    this.hash = hash;
    return this;
  }

  
  @JsonProperty("hash")
  public String getHash() {
    return hash;
  }

  @JsonProperty("hash")
  public void setHash(String hash) {
    this.hash = hash;
  }

  /**
   **/
  public Commit withDate(OffsetDateTime date) {
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
  public Commit withMessage(String message) {
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
  public Commit withAuthor(CommitAuthor author) {
    this.author = author;
    return this;
  }

  
  @JsonProperty("author")
  public CommitAuthor getAuthor() {
    return author;
  }

  @JsonProperty("author")
  public void setAuthor(CommitAuthor author) {
    this.author = author;
  }

  /**
   **/
  public Commit withParents(List<CommitRef> parents) {
    this.parents = parents;
    return this;
  }

  
  @JsonProperty("parents")
  public List<CommitRef> getParents() {
    return parents;
  }

  @JsonProperty("parents")
  public void setParents(List<CommitRef> parents) {
    this.parents = parents;
  }

  public Commit addParentsItem(CommitRef parentsItem) {
    if (this.parents == null) {
      this.parents = new ArrayList<>();
    }

    this.parents.add(parentsItem);
    return this;
  }

  public Commit removeParentsItem(CommitRef parentsItem) {
    if (parentsItem != null && this.parents != null) {
      this.parents.remove(parentsItem);
    }

    return this;
  }
  /**
   **/
  public Commit withLinks(Links links) {
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
    Commit commit = (Commit) o;
    return Objects.equals(this.type, commit.type) &&
        Objects.equals(this.hash, commit.hash) &&
        Objects.equals(this.date, commit.date) &&
        Objects.equals(this.message, commit.message) &&
        Objects.equals(this.author, commit.author) &&
        Objects.equals(this.parents, commit.parents) &&
        Objects.equals(this.links, commit.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, hash, date, message, author, parents, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Commit {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    hash: ").append(toIndentedString(hash)).append("\n");
    sb.append("    date: ").append(toIndentedString(date)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    author: ").append(toIndentedString(author)).append("\n");
    sb.append("    parents: ").append(toIndentedString(parents)).append("\n");
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
