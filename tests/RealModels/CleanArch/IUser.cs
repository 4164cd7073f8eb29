namespace RealModels.CleanArch;

public interface IUser
{
    string? Id { get; }
}
