using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityDtoGen.Benchmarks.Mapping;
using EntityDtoGen.Benchmarks.Queries;

namespace EntityDtoGen.Benchmarks.Json;

/// <summary>
/// System.Text.Json on a generated Read DTO with a nested list (<see cref="UserRead"/> with 5 <see cref="AssessmentRead"/>)
/// and a generated Update DTO (<see cref="ItemUpdate"/>, 7 of 15 <see cref="Optional{T}"/> members set), four ways, all
/// with <see cref="JsonSerializerDefaults.Web"/> options (see <see cref="JsonDesigns"/>): (a) reflection, the baseline of
/// each category; (b) the generated metadata, <c>DtoJson.Resolver</c>; (c) System.Text.Json's source generator on
/// hand-written twins of the DTOs; (d) a hand-written <c>JsonConverter&lt;TDto&gt;</c> per DTO.
/// Every row goes through <c>JsonSerializer</c> with a <see cref="JsonTypeInfo{T}"/> resolved once in setup. Serialize
/// writes UTF-8 to a reused <see cref="Utf8JsonWriter"/> over a reused buffer (so Allocated is the serializer's own);
/// Deserialize reads the same UTF-8 bytes. Setup checks that the four write identical JSON and read equal objects.
/// Run alone: <c>--filter '*JsonBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private const string ReadSerialize = "Read: serialize";
    private const string ReadDeserialize = "Read: deserialize";
    private const string UpdateSerialize = "Update: serialize";
    private const string UpdateDeserialize = "Update: deserialize";

    private readonly UserRead _user = JsonPayloads.User;
    private readonly StjUserRead _stjUser = JsonPayloads.StjUser;
    private readonly ItemUpdate _update = JsonPayloads.Update;
    private readonly StjItemUpdate _stjUpdate = JsonPayloads.StjUpdate;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter _writer = null!;
    private byte[] _userUtf8 = null!;
    private byte[] _updateUtf8 = null!;

    private JsonTypeInfo<UserRead> _reflectionUser = null!;
    private JsonTypeInfo<UserRead> _generatedUser = null!;
    private JsonTypeInfo<StjUserRead> _sourceGeneratedUser = null!;
    private JsonTypeInfo<UserRead> _converterUser = null!;
    private JsonTypeInfo<ItemUpdate> _reflectionUpdate = null!;
    private JsonTypeInfo<ItemUpdate> _generatedUpdate = null!;
    private JsonTypeInfo<StjItemUpdate> _sourceGeneratedUpdate = null!;
    private JsonTypeInfo<ItemUpdate> _converterUpdate = null!;

    [GlobalSetup]
    public void Setup()
    {
        JsonSerializerOptions reflection = JsonDesigns.Reflection(), generated = JsonDesigns.Generated(),
            sourceGenerated = JsonDesigns.SourceGenerated(), converter = JsonDesigns.Converter();
        JsonPayloads.Verify(reflection, generated, sourceGenerated, converter);

        _reflectionUser = (JsonTypeInfo<UserRead>)reflection.GetTypeInfo(typeof(UserRead));
        _generatedUser = (JsonTypeInfo<UserRead>)generated.GetTypeInfo(typeof(UserRead));
        _sourceGeneratedUser = (JsonTypeInfo<StjUserRead>)sourceGenerated.GetTypeInfo(typeof(StjUserRead));
        _converterUser = (JsonTypeInfo<UserRead>)converter.GetTypeInfo(typeof(UserRead));
        _reflectionUpdate = (JsonTypeInfo<ItemUpdate>)reflection.GetTypeInfo(typeof(ItemUpdate));
        _generatedUpdate = (JsonTypeInfo<ItemUpdate>)generated.GetTypeInfo(typeof(ItemUpdate));
        _sourceGeneratedUpdate = (JsonTypeInfo<StjItemUpdate>)sourceGenerated.GetTypeInfo(typeof(StjItemUpdate));
        _converterUpdate = (JsonTypeInfo<ItemUpdate>)converter.GetTypeInfo(typeof(ItemUpdate));

        // The writer's options match the serializer's (Web defaults: default encoder, not indented).
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = reflection.Encoder, Indented = reflection.WriteIndented });
        _userUtf8 = JsonSerializer.SerializeToUtf8Bytes(_user, _reflectionUser);
        _updateUtf8 = JsonSerializer.SerializeToUtf8Bytes(_update, _reflectionUpdate);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    // Read DTO, serialize.

    [Benchmark(Baseline = true, Description = "a. reflection")]
    [BenchmarkCategory(ReadSerialize)]
    public int ReadSerializeReflection() => Write(_user, _reflectionUser);

    [Benchmark(Description = "b. DtoJson metadata")]
    [BenchmarkCategory(ReadSerialize)]
    public int ReadSerializeGenerated() => Write(_user, _generatedUser);

    [Benchmark(Description = "c. STJ source generator")]
    [BenchmarkCategory(ReadSerialize)]
    public int ReadSerializeSourceGenerated() => Write(_stjUser, _sourceGeneratedUser);

    [Benchmark(Description = "d. converter")]
    [BenchmarkCategory(ReadSerialize)]
    public int ReadSerializeConverter() => Write(_user, _converterUser);

    // Read DTO, deserialize.

    [Benchmark(Baseline = true, Description = "a. reflection")]
    [BenchmarkCategory(ReadDeserialize)]
    public UserRead? ReadDeserializeReflection() => JsonSerializer.Deserialize(_userUtf8, _reflectionUser);

    [Benchmark(Description = "b. DtoJson metadata")]
    [BenchmarkCategory(ReadDeserialize)]
    public UserRead? ReadDeserializeGenerated() => JsonSerializer.Deserialize(_userUtf8, _generatedUser);

    [Benchmark(Description = "c. STJ source generator")]
    [BenchmarkCategory(ReadDeserialize)]
    public StjUserRead? ReadDeserializeSourceGenerated() => JsonSerializer.Deserialize(_userUtf8, _sourceGeneratedUser);

    [Benchmark(Description = "d. converter")]
    [BenchmarkCategory(ReadDeserialize)]
    public UserRead? ReadDeserializeConverter() => JsonSerializer.Deserialize(_userUtf8, _converterUser);

    // Update DTO, serialize.

    [Benchmark(Baseline = true, Description = "a. reflection")]
    [BenchmarkCategory(UpdateSerialize)]
    public int UpdateSerializeReflection() => Write(_update, _reflectionUpdate);

    [Benchmark(Description = "b. DtoJson metadata")]
    [BenchmarkCategory(UpdateSerialize)]
    public int UpdateSerializeGenerated() => Write(_update, _generatedUpdate);

    [Benchmark(Description = "c. STJ source generator")]
    [BenchmarkCategory(UpdateSerialize)]
    public int UpdateSerializeSourceGenerated() => Write(_stjUpdate, _sourceGeneratedUpdate);

    [Benchmark(Description = "d. converter")]
    [BenchmarkCategory(UpdateSerialize)]
    public int UpdateSerializeConverter() => Write(_update, _converterUpdate);

    // Update DTO, deserialize.

    [Benchmark(Baseline = true, Description = "a. reflection")]
    [BenchmarkCategory(UpdateDeserialize)]
    public ItemUpdate? UpdateDeserializeReflection() => JsonSerializer.Deserialize(_updateUtf8, _reflectionUpdate);

    [Benchmark(Description = "b. DtoJson metadata")]
    [BenchmarkCategory(UpdateDeserialize)]
    public ItemUpdate? UpdateDeserializeGenerated() => JsonSerializer.Deserialize(_updateUtf8, _generatedUpdate);

    [Benchmark(Description = "c. STJ source generator")]
    [BenchmarkCategory(UpdateDeserialize)]
    public StjItemUpdate? UpdateDeserializeSourceGenerated() => JsonSerializer.Deserialize(_updateUtf8, _sourceGeneratedUpdate);

    [Benchmark(Description = "d. converter")]
    [BenchmarkCategory(UpdateDeserialize)]
    public ItemUpdate? UpdateDeserializeConverter() => JsonSerializer.Deserialize(_updateUtf8, _converterUpdate);

    /// <summary>Serializes into the reused buffer; returns the bytes written.</summary>
    private int Write<T>(T value, JsonTypeInfo<T> info)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, value, info);
        return _buffer.WrittenCount;
    }
}
