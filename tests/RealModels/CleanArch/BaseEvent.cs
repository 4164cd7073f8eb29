namespace RealModels.CleanArch;

public abstract class BaseEvent
{
}
